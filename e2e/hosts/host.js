// The help site's own script: it logs what the embeds say, as a help site would, and sizes each
// Bounce Doctor frame to the height it posts (the README's snippet, for any number of frames).
window.hostLog = [];

for (const type of ['step', 'diagnosis', 'checklist']) {
  document.addEventListener(type, (event) => {
    window.hostLog.push({ type, from: event.target.id, detail: event.detail });
  });
}

window.addEventListener('message', (event) => {
  const frame = [...document.querySelectorAll('iframe')].find(
    (candidate) => candidate.contentWindow === event.source,
  );
  window.hostLog.push({
    type: 'message',
    from: frame ? frame.id : null,
    origin: event.origin,
    data: event.data,
  });
  if (!frame || event.origin !== new URL(frame.src).origin) return;
  if (event.data && event.data.type === 'bounce-doctor:height') {
    frame.style.height = `${event.data.height}px`;
  }
});
