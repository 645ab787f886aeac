// Loaded before the core process's entry in a Node child (child_process.fork): gives it the
// process.parentPort that Electron gives a utility process, on top of Node's IPC channel.
process.parentPort = {
  on(event, listener) {
    if (event === 'message') process.on('message', (data) => listener({ data }));
  },
  postMessage(message) {
    process.send(message);
  },
};
