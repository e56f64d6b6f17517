/**
 * The ids VS Code knows each webview by (package.json declares them too). Apart from the schemas, so
 * that registering the views at activation does not evaluate zod (the Node host loads it lazily).
 */
export const CARDS_VIEW_TYPE = 'llmAtlas.architectureCards';
export const ESTIMATOR_REPORT_VIEW_TYPE = 'llmAtlas.estimatorReport';
export const PLANNER_VIEW_TYPE = 'llmAtlas.planner';
export const SCALING_VIEW_TYPE = 'llmAtlas.scalingCharts';
export const SIDEBAR_VIEW_ID = 'llmAtlas.sidebar';
export const TENSORS_VIEW_TYPE = 'llmAtlas.tensors';
