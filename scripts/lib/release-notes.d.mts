// Types of release-notes.mjs, for the unit test (test/unit/release-notes.test.ts).
export const CDN: string;
export function changelogSection(changelog: string, version: string): string;
export function releaseAssets(integrity: Record<string, string>): string[];
export function scriptTag(version: string, file: string, hash: string): string;
export function releaseNotes(options: { version: string; integrity: Record<string, string>; changelog: string }): string;
