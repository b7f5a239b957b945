/** The built-in sample account: recorded AWS responses run through the real collectors (collectors/sample). */
export { SAMPLE_ACCOUNT_ID } from "@/collectors/sample/sample-recordings";
export const SAMPLE_ACCOUNT_NAME = "Sample account (built-in)";
