// Collects Content-Security-Policy violations and errors for test/privacy-csp.test.ts.
window.__violations = [];
window.__errors = [];
document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
window.addEventListener('error', (e) => window.__errors.push(String(e.message)));
