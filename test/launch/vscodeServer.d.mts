import type { Browser, BrowserContext, Page } from 'playwright-core';

export const repoRoot: string;
export const CHROMIUM: string;
export const TEST_RUNNER_EXTENSION: string;

export interface OfflineServer {
  port: number;
  base: string;
  userDataDir: string;
  extensionsDir: string;
  pid: number | undefined;
  url(options?: { folder?: string; extensionPath?: string; extensionTestsPath?: string }): string;
  stop(): Promise<void>;
}

export function startServer(options?: { settings?: Record<string, unknown>; env?: Record<string, string>; log?: boolean; vsix?: string }): Promise<OfflineServer>;
export function launchBrowser(): Promise<Browser>;
export function openWorkbench(
  browser: Browser,
  url: string,
  options?: { onLog?: (type: string, args: unknown[]) => void; viewport?: { width: number; height: number } },
): Promise<{ page: Page; context: BrowserContext; exited: Promise<number> }>;
