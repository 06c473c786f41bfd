import type { AnalysisOut, ProposalOut } from '../../../../core/schemas/meeting.js';

/** What a highlighted stretch of the cleaned text is: the field it became. */
export type MarkKind = 'directive' | 'lead' | 'coop' | 'deadline' | 'target' | 'unknown' | 'group';

export const MARK_STYLES: Record<MarkKind, React.CSSProperties> = {
  directive: { background: '#fffbe6' },
  lead: { background: '#91caff', borderRadius: 2 },
  coop: { background: '#b7eb8f', borderRadius: 2 },
  deadline: { background: '#ffbb96', borderRadius: 2 },
  target: { background: '#d3adf7', borderRadius: 2 },
  unknown: { background: '#ffccc7', textDecoration: 'underline dotted' },
  group: { background: '#91caff', borderRadius: 2 },
};
const PRIORITY: MarkKind[] = ['directive', 'group', 'target', 'deadline', 'coop', 'lead', 'unknown'];

interface Mark {
  start: number;
  end: number;
  kind: MarkKind;
}

export function marksOf(proposals: ProposalOut[]): Mark[] {
  const out: Mark[] = [];
  for (const p of proposals) {
    out.push({ start: p.start, end: p.end, kind: 'directive' });
    if (p.lead) out.push({ ...p.lead, kind: 'lead' });
    for (const c of p.cooperating) out.push({ ...c, kind: 'coop' });
    for (const d of p.deadlines) out.push({ ...d, kind: 'deadline' });
    for (const t of p.targets) out.push({ ...t, kind: 'target' });
    for (const u of p.unmatchedUnits) out.push({ ...u, kind: 'unknown' });
    if (p.group) out.push({ ...p.group, kind: 'group' });
  }
  return out;
}

/** The cleaned paragraphs, with the words of the active proposals marked by the field they became. */
export function HighlightedText({ analysis, active }: { analysis: AnalysisOut; active: ProposalOut[] }) {
  const marks = marksOf(active);
  return (
    <div data-testid="ingest-cleaned">
      {analysis.paragraphs.map((p) => {
        // The strongest mark of each character, then runs of equal marks.
        const kinds: (MarkKind | null)[] = Array.from({ length: p.end - p.start }, () => null);
        for (const m of marks) {
          for (let i = Math.max(m.start, p.start); i < Math.min(m.end, p.end); i++) {
            const cur = kinds[i - p.start];
            if (!cur || PRIORITY.indexOf(m.kind) > PRIORITY.indexOf(cur)) kinds[i - p.start] = m.kind;
          }
        }
        const runs: { kind: MarkKind | null; text: string; at: number }[] = [];
        kinds.forEach((k, i) => {
          const last = runs.at(-1);
          if (last && last.kind === k) last.text += p.text[i];
          else runs.push({ kind: k, text: p.text[i] ?? '', at: i });
        });
        const Tag = p.kind === 'headline' ? 'h3' : 'p';
        return (
          <Tag
            key={p.start}
            data-kind={p.kind}
            style={{
              margin: '0 0 8px',
              fontSize: p.kind === 'headline' ? 15 : 14,
              color: p.kind === 'byline' ? 'rgba(0,0,0,0.45)' : undefined,
              lineHeight: 1.8,
            }}
          >
            {runs.map((r) =>
              r.kind ? (
                <mark
                  key={r.at}
                  data-mark={r.kind}
                  style={{ ...MARK_STYLES[r.kind], padding: 0, color: 'inherit' }}
                >
                  {r.text}
                </mark>
              ) : (
                <span key={r.at}>{r.text}</span>
              ),
            )}
          </Tag>
        );
      })}
    </div>
  );
}

/** The words a field came from, as small marked quotes. */
export function FromWords({ words, kind }: { words: string[]; kind: MarkKind }) {
  if (!words.length) return null;
  return (
    <div style={{ fontSize: 12, color: 'rgba(0,0,0,0.55)', marginTop: 2 }} data-testid="from-words">
      {[...new Set(words)].map((w) => (
        <mark key={w} style={{ ...MARK_STYLES[kind], padding: '0 2px', marginRight: 4, color: 'inherit' }}>
          {w}
        </mark>
      ))}
    </div>
  );
}
