// ECharts' per-chart installer modules (echarts/lib/**/install.js, what the 'echarts/charts' barrel re-exports)
// ship without declarations of their own: each exports the installer that `echarts.use` takes.
declare module 'echarts/lib/*' {
  export const install: Extract<Parameters<typeof import('echarts/core').use>[0], (...args: never[]) => void>;
}
