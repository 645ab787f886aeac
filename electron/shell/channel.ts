/** The one IPC channel between the preload and the main process. */
export const invokeChannel = 'traject:invoke';
