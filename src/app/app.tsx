export function App() {
  return (
    <main>
      <h1>Bounce Doctor</h1>
      <p>Paste a bounce to find out why your email came back.</p>
    </main>
  );
}
