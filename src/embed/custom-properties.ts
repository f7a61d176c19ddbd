/**
 * The CSS custom properties a help site may set on <bounce-doctor> (README, "Colours and
 * font"), each with the declaration of the app's root rule it feeds. Public names are kept
 * stable here whatever the app's own properties are called.
 */
export const PUBLIC_PROPERTIES: readonly (readonly [open: string, internal: string])[] = [
  ['--bd-font', 'font-family'],
  ['--bd-color-background', '--bg'],
  ['--bd-color-surface', '--surface'],
  ['--bd-color-text', '--text'],
  ['--bd-color-muted', '--muted'],
  ['--bd-color-border', '--border'],
  ['--bd-color-link', '--link'],
  ['--bd-color-primary', '--primary'],
  ['--bd-color-on-primary', '--on-primary'],
  ['--bd-color-focus', '--focus'],
  ['--bd-color-bad-text', '--bad-text'],
  ['--bd-color-bad-background', '--bad-bg'],
  ['--bd-color-wait-text', '--wait-text'],
  ['--bd-color-wait-background', '--wait-bg'],
  ['--bd-color-fine-text', '--fine-text'],
  ['--bd-color-fine-background', '--fine-bg'],
  ['--bd-color-info-background', '--info-bg'],
  ['--bd-radius', '--radius'],
];
