import { Skeleton } from 'antd';
import { lazy, Suspense, useEffect, useState } from 'react';
import type { EChartProps } from './EChart.js';

// ECharts is the biggest dependency: it loads after the cockpit's numbers are on screen.
const EChart = lazy(async () => ({ default: (await import('./EChart.js')).EChart }));

function Placeholder({ height }: { height: number }) {
  return (
    <div style={{ height, padding: 8 }}>
      <Skeleton active paragraph={{ rows: 5 }} />
    </div>
  );
}

export function LazyEChart(props: EChartProps) {
  // Ask for the chart only after the first paint, so that React commits the numbers
  // without waiting for (or spending CPU on) the chart library.
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    const frame = requestAnimationFrame(() => setPainted(true));
    return () => cancelAnimationFrame(frame);
  }, []);
  const height = props.height ?? 280;
  if (!painted) return <Placeholder height={height} />;
  return (
    <Suspense fallback={<Placeholder height={height} />}>
      <EChart {...props} />
    </Suspense>
  );
}
