import type { ECElementEvent, EChartsType } from 'echarts/core';
import { useEffect, useRef } from 'react';
import { type ChartOption, init } from './echarts.js';

export interface EChartProps {
  option: ChartOption;
  height?: number;
  /** Called when a data element (bar, point, slice) is clicked. */
  onClick?: (event: ECElementEvent) => void;
  /** A sentence that says what the chart shows, for screen readers. */
  summary?: string;
  testId?: string;
}

/** One ECharts canvas that follows its container's size and is disposed with the component. */
export function EChart({ option, height = 280, onClick, summary, testId }: EChartProps) {
  const el = useRef<HTMLDivElement>(null);
  const chart = useRef<EChartsType | null>(null);
  const click = useRef(onClick);
  click.current = onClick;

  useEffect(() => {
    if (!el.current) return;
    const instance = init(el.current, undefined, { renderer: 'canvas' });
    chart.current = instance;
    instance.on('click', (e) => click.current?.(e as ECElementEvent));
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(el.current);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);

  return (
    <div ref={el} role="img" aria-label={summary} data-testid={testId} style={{ width: '100%', height }} />
  );
}
