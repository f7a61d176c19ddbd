import { SettingsScreen } from '../../features/settings/settings-screen.tsx';
import { useDocumentTitle } from '../use-document-title.ts';

export function SettingsRoute() {
  useDocumentTitle('Settings');
  return (
    <>
      <h1 tabIndex={-1}>Settings</h1>
      <SettingsScreen />
    </>
  );
}
