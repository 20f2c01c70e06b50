/** The part of web-ext's programmatic API the build tests use (the package ships no types). */
declare module "web-ext" {
  interface LintMessage {
    code: string;
    message: string;
    file?: string;
  }
  interface LintResult {
    errors: LintMessage[];
    warnings: LintMessage[];
    notices: LintMessage[];
  }
  const webExt: {
    cmd: {
      lint(params: Record<string, unknown>, options: Record<string, unknown>): Promise<LintResult>;
    };
  };
  export default webExt;
}
