/**
 * A progress bar on stderr for long commands (import, export): redrawn in place
 * on a terminal, a line every tenth otherwise, so logs stay readable.
 */
export function progressBar(label: string, stream: NodeJS.WriteStream = process.stderr) {
  let lastTenth = -1;
  const started = Date.now();
  return {
    update(done: number, total: number) {
      const share = total > 0 ? Math.min(1, done / total) : 1;
      if (stream.isTTY) {
        const width = 30;
        const filled = Math.round(share * width);
        stream.write(
          `\r${label} [${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${Math.round(share * 100)}% ${done}/${total}`,
        );
      } else {
        const tenth = Math.floor(share * 10);
        if (tenth !== lastTenth) stream.write(`${label} ${Math.round(share * 100)}% ${done}/${total}\n`);
        lastTenth = tenth;
      }
    },
    done(summary: string) {
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      stream.write(`${stream.isTTY ? '\n' : ''}${summary} (${seconds} s)\n`);
    },
  };
}
