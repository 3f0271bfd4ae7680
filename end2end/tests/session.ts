// Signing in and the stand-in's test hooks for the signed-in journeys.
import { Page, APIRequestContext } from '@playwright/test';
import { expect } from './helpers';
import { SIM } from '../playwright.config';

/** The seeded citizens the specs use (docs/portal-api.md §4). */
export const CITIZEN = 1;
export const OTHER_CITIZEN = 3;

/**
 * Signs the page's browser context in as seeded citizen `user` through the stand-in's sign-in
 * form (the cookie lands in the context, as after the real redirect).
 */
export async function signIn(page: Page, user = CITIZEN) {
  const r = await page.request.post('/api/portal/login', {
    form: { user: String(user), return: '/' },
    maxRedirects: 0,
  });
  expect(r.status(), 'sign-in redirects').toBe(303);
}

/** Ends every session on the stand-in (a session that expires while the user works). */
export async function expireSessions(request: APIRequestContext) {
  const r = await request.delete(`${SIM}/__sim/sessions`);
  expect(r.ok()).toBeTruthy();
}

/** The last confirmation code the stand-in "sent" to `to`. */
export async function lastCode(request: APIRequestContext, to: string): Promise<string> {
  const r = await request.get(`${SIM}/__sim/outbox`);
  expect(r.ok()).toBeTruthy();
  const sent: { to: string; code: string }[] = await r.json();
  const mine = sent.filter((m) => m.to === to);
  expect(mine.length, `a code was sent to ${to}`).toBeGreaterThan(0);
  return mine[mine.length - 1].code;
}
