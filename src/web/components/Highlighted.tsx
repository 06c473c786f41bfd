import { highlightSpans } from '../../core/search-text.js';

/** Text with the searched words wrapped in <mark> (core `highlightSpans`); plain text without words. */
export function Highlighted({ text, terms }: { text: string; terms: readonly string[] }) {
  if (!terms.length) return <>{text}</>;
  return (
    <>
      {highlightSpans(text, terms).map((s, i) =>
        s.mark ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: spans are a fixed cut of one text, never reordered
          <mark key={i} style={{ padding: 0, background: '#ffe58f' }}>
            {s.text}
          </mark>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: see above
          <span key={i}>{s.text}</span>
        ),
      )}
    </>
  );
}
