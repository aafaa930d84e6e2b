// The one message of the extension's stand-ins for the age library's post-quantum and P-256 code
// (noPostQuantum.ts, noP256.ts), so a test can recognise it.
export const POST_QUANTUM_IN_CLI = 'post-quantum and tag age keys are read by the command line (leadership-journal), not by the extension';
