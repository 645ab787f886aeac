import type { Session } from 'electron';
import { describe, expect, it } from 'vitest';
import { denyAllPermissions } from '../../electron/shell/permissions';
import { FakeSession } from './fakeElectron';

type AnyHandler = (...args: unknown[]) => unknown;

function deniedSession(): FakeSession {
  const session = new FakeSession();
  denyAllPermissions(session as unknown as Session);
  return session;
}

describe('permissions', () => {
  it.each(['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen', 'hid', 'serial'])(
    'refuses a request for %s',
    (permission) => {
      const answers: boolean[] = [];
      (deniedSession().permissionRequest as unknown as AnyHandler)({}, permission, (granted: boolean) => answers.push(granted), {});
      expect(answers).toEqual([false]);
    },
  );

  it.each(['media', 'clipboard-sanitized-write', 'local-fonts', 'usb'])('answers no when a page checks for %s', (permission) => {
    expect((deniedSession().permissionCheck as unknown as AnyHandler)(null, permission, 'file://', {})).toBe(false);
  });

  it('gives no page access to a USB, HID or serial device', () => {
    expect((deniedSession().devicePermission as unknown as AnyHandler)({ deviceType: 'usb', origin: 'file://' })).toBe(false);
  });

  it('shares no screen or window', () => {
    const streams: unknown[] = [];
    (deniedSession().displayMediaRequest as unknown as AnyHandler)({}, (answer: unknown) => streams.push(answer));
    expect(streams).toEqual([null]);
  });
});
