/** The built-in sample account: recorded AWS responses run through the real collectors (collectors/sample). */
export const SAMPLE_ACCOUNT_ID = "123456789012";
export const SAMPLE_ACCOUNT_NAME = "Sample account (built-in)";
