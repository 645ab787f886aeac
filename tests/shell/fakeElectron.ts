/**
 * A stand-in for the 'electron' module: the binary cannot run on the build machines, so the shell is
 * tested against this fake. Every test file mocks 'electron' with it: vi.mock('electron', () => import('./fakeElectron')).
 */
import { EventEmitter } from 'node:events';
import { vi } from 'vitest';
import { forkCore } from '../support/coreChild';

let nextId = 1;

export class FakeFrame {
  constructor(
    public url: string,
    public parent: FakeFrame | null = null,
  ) {}
}

type WindowOpenHandler = (details: { url: string }) => { action: 'allow' | 'deny' };

export class FakeWebContents extends EventEmitter {
  readonly id = nextId++;
  mainFrame = new FakeFrame('about:blank');
  windowOpenHandler: WindowOpenHandler | null = null;

  setWindowOpenHandler(handler: WindowOpenHandler): void {
    this.windowOpenHandler = handler;
  }
}

export class BrowserWindow extends EventEmitter {
  static created: BrowserWindow[] = [];
  readonly webContents = new FakeWebContents();
  loadedUrl: string | null = null;
  visible = false;
  destroyed = false;

  constructor(readonly options: Record<string, unknown> & { webPreferences?: Record<string, unknown> }) {
    super();
    BrowserWindow.created.push(this);
  }

  loadURL(url: string): Promise<void> {
    this.loadedUrl = url;
    this.webContents.mainFrame = new FakeFrame(url);
    return Promise.resolve();
  }

  show(): void {
    this.visible = true;
  }

  isDestroyed(): boolean {
    return this.destroyed;
  }

  isMinimized(): boolean {
    return false;
  }

  restore(): void {}
  focus(): void {}
}

type Listener = (...args: never[]) => unknown;

export class FakeSession {
  headersListener: Listener | null = null;
  permissionRequest: Listener | null = null;
  permissionCheck: Listener | null = null;
  devicePermission: Listener | null = null;
  displayMediaRequest: Listener | null = null;
  spellChecker = true;
  readonly webRequest = {
    onHeadersReceived: (listener: Listener): void => {
      this.headersListener = listener;
    },
  };

  setPermissionRequestHandler(handler: Listener): void {
    this.permissionRequest = handler;
  }
  setPermissionCheckHandler(handler: Listener): void {
    this.permissionCheck = handler;
  }
  setDevicePermissionHandler(handler: Listener): void {
    this.devicePermission = handler;
  }
  setDisplayMediaRequestHandler(handler: Listener): void {
    this.displayMediaRequest = handler;
  }
  setSpellCheckerEnabled(enabled: boolean): void {
    this.spellChecker = enabled;
  }
}

export const session = { defaultSession: new FakeSession() };

type ProtocolHandler = (request: Request) => Response | Promise<Response>;

/** Electron's protocol module: privileges must be registered before ready, handlers after. */
export const protocol = {
  privileged: [] as { scheme: string; privileges?: Record<string, boolean> }[],
  handlers: new Map<string, ProtocolHandler>(),
  registerSchemesAsPrivileged: vi.fn((schemes: { scheme: string; privileges?: Record<string, boolean> }[]) => {
    protocol.privileged.push(...schemes);
  }),
  handle(scheme: string, handler: ProtocolHandler): void {
    if (protocol.handlers.has(scheme)) throw new Error(`The scheme has been registered: ${scheme}`);
    protocol.handlers.set(scheme, handler);
  },
};

export class FakeIpcMain {
  readonly handlers = new Map<string, (event: unknown, ...args: unknown[]) => unknown>();

  handle(channel: string, listener: (event: unknown, ...args: unknown[]) => unknown): void {
    // Electron refuses a second handler on one channel too.
    if (this.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    this.handlers.set(channel, listener);
  }
}

export const ipcMain = new FakeIpcMain();

// Electron sets process.resourcesPath in a packaged app; plain Node does not.
Object.assign(process, { resourcesPath: '/opt/Traject/resources' });

export const app = Object.assign(new EventEmitter(), {
  isPackaged: true,
  userDataDir: '',
  documentsDir: '',
  getPath: vi.fn((name: string) => {
    if (name === 'documents') return app.documentsDir;
    if (name !== 'userData') throw new Error(`unexpected path ${name}`);
    return app.userDataDir;
  }),
  enableSandbox: vi.fn(),
  requestSingleInstanceLock: vi.fn(() => true),
  quit: vi.fn(),
  whenReady: vi.fn(() => Promise.resolve()),
});

export const powerMonitor = new EventEmitter();

/** What Electron passes to will-quit listeners: the quit can be held back. */
export function quitEvent(): { preventDefault: () => void; prevented: () => boolean } {
  let prevented = false;
  return {
    preventDefault: () => {
      prevented = true;
    },
    prevented: () => prevented,
  };
}

/**
 * A utility process is a Node child here: whatever entry is asked for, the real core process entry runs
 * (electron/core/worker/entry.ts under tsx), with the parentPort Electron would give it.
 */
export class FakeUtilityProcess extends EventEmitter {
  readonly core = forkCore();
  constructor(readonly modulePath: string) {
    super();
    this.core.onMessage((message) => this.emit('message', message));
    this.core.onExit((code) => this.emit('exit', code));
  }
  postMessage(message: unknown): void {
    this.core.send(message as never);
  }
  kill(): boolean {
    this.core.kill();
    return true;
  }
}

export const utilityProcess = {
  forked: [] as FakeUtilityProcess[],
  fork: vi.fn((modulePath: string, _args?: string[], _options?: Record<string, unknown>) => {
    const child = new FakeUtilityProcess(modulePath);
    utilityProcess.forked.push(child);
    return child;
  }),
};

export const shell = { openExternal: vi.fn((_url: string) => Promise.resolve()) };

/** The save dialog answers what a test tells it to: a path, or cancelled. */
export const dialog = {
  showSaveDialog: vi.fn(
    (_window: unknown, _options: { defaultPath?: string; filters?: unknown[] }): Promise<{ canceled: boolean; filePath?: string }> =>
      Promise.resolve({ canceled: true }),
  ),
};

export const contextBridge = { exposeInMainWorld: vi.fn() };

export const ipcRenderer = { invoke: vi.fn((..._args: unknown[]): Promise<unknown> => Promise.resolve({ ok: true, value: null })) };

/** What Electron passes to will-navigate and will-redirect listeners. */
export function navigationEvent(url: string): { url: string; preventDefault: () => void; prevented: () => boolean } {
  let prevented = false;
  return {
    url,
    preventDefault: () => {
      prevented = true;
    },
    prevented: () => prevented,
  };
}
