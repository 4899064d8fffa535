import type { IdentifierFailure } from '@biv/contract';

// The card number or personnummer field's words: for every element that asks for it.

/** The issue codes of the field `identifier`: the contract's (`Identifier` in schemas.ts). */
export type IdentifierIssues = { identifier: IdentifierFailure | 'too_long' };

/** The messages of a card number or personnummer field named `identifier`. */
export const identifierMessages = {
  'identifier.required': 'Skriv ditt bibliotekskortsnummer eller personnummer',
  'identifier.too_long': 'Bibliotekskortsnummer och personnummer är inte så långa. Kontrollera det du har skrivit',
  'identifier.identifier_format': 'Skriv bibliotekskortsnummer med bara siffror, eller personnummer som ÅÅÅÅMMDD-NNNN',
  'identifier.personnummer_format': 'Skriv personnummer som ÅÅÅÅMMDD-NNNN',
  'identifier.personnummer_date': 'Personnumret har inget giltigt datum. Kontrollera år, månad och dag',
  'identifier.personnummer_serial': 'Personnumret stämmer inte: de fyra sista siffrorna kan inte börja med 000',
  'identifier.personnummer_checksum':
    'Personnumret stämmer inte: kontrollsiffran (den sista siffran) passar inte. Kontrollera att du har skrivit rätt',
};
