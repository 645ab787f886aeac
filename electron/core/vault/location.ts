import { homedir } from 'node:os';
import { join } from 'node:path';

/** Where the app keeps its vault: Electron's userData folder for "Traject", plus `vault`. */
export function defaultVaultDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  if (env.TRAJECT_VAULT) return env.TRAJECT_VAULT;
  const home = homedir();
  if (platform === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), 'Traject', 'vault');
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', 'Traject', 'vault');
  return join(env.XDG_CONFIG_HOME ?? join(home, '.config'), 'Traject', 'vault');
}
