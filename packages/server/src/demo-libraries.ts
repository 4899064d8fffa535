// Data only, no imports: the demo seed uses it, and so does the fake API of the Storybook stories.

/** The consortium's libraries (branch names are illustrative). */
export const DEMO_LIBRARIES: readonly { id: string; name: string; municipality: string }[] = [
  { id: 'nodinge', name: 'Nödinge bibliotek', municipality: 'Ale' },
  { id: 'alvangen', name: 'Älvängens bibliotek', municipality: 'Ale' },
  { id: 'kungalv', name: 'Kungälvs stadsbibliotek', municipality: 'Kungälv' },
  { id: 'ytterby', name: 'Ytterby bibliotek', municipality: 'Kungälv' },
  { id: 'lilla-edet', name: 'Lilla Edets bibliotek', municipality: 'Lilla Edet' },
  { id: 'henan', name: 'Henåns bibliotek', municipality: 'Orust' },
  { id: 'stenungsund', name: 'Stenungsunds bibliotek', municipality: 'Stenungsund' },
  { id: 'skarhamn', name: 'Skärhamns bibliotek', municipality: 'Tjörn' },
  { id: 'ockero', name: 'Öckerö bibliotek', municipality: 'Öckerö' },
];
