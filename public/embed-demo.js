// The help site's own script, in a file of its own: the page's Content-Security-Policy allows
// no inline script. Loaded before the embed's script, so that it hears the first events.
// It logs the embed's events...
const log = document.getElementById('event-log');
for (const type of ['step', 'diagnosis', 'checklist']) {
  document.getElementById('doctor').addEventListener(type, (event) => {
    const item = document.createElement('li');
    item.textContent = `${type}: ${JSON.stringify(event.detail)}`;
    log.append(item);
  });
}

// ...points the frame at this page's origin, and sizes it to the height it posts.
const frame = document.getElementById('bounce-doctor-frame');
const appOrigin = location.origin;
const options = new URLSearchParams({
  origin: location.origin,
  bounce: '452 4.2.2 Mailbox full, try again later',
  theme: 'auto',
});
frame.src = `./embed/frame.html#${options}`;
addEventListener('message', (event) => {
  if (event.source !== frame.contentWindow || event.origin !== appOrigin) return;
  if (event.data.type === 'bounce-doctor:height') frame.style.height = `${event.data.height}px`;
});
