/**
 * The China map series every map view draws (choropleth of the results, LISA clusters): the schematic map
 * registered as 'china', fixed layout, grey for provinces without data; only the highlight colour differs.
 */
export function chinaMapSeries<T>(data: T[], highlight: string) {
  return {
    type: 'map' as const,
    map: 'china',
    roam: false,
    layoutCenter: ['50%', '52%'],
    layoutSize: '100%',
    data,
    itemStyle: { areaColor: '#d9d9d9', borderColor: '#ffffff', borderWidth: 0.6 },
    emphasis: { label: { show: true }, itemStyle: { areaColor: highlight } },
    select: { disabled: true },
    label: { show: false },
  };
}
