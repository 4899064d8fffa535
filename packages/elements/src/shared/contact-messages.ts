// The words of the contact fields, the same in every form that asks for them (<biv-get-card-form>,
// <biv-my-profile>): labels, hints and the field errors of the contract's codes. The e-mail hint
// says what the address is for, so each form has its own.

type Text = 'required' | 'too_long';

/** The issue codes of the contact fields (the contract's `Email`, `Phone`, `StreetAddress`, `PostalCode`, `City`). */
export type ContactIssues = {
  streetAddress: Text;
  postalCode: Text | 'postal_code_format';
  city: Text;
  email: Text | 'email_format';
  phone: 'phone_format';
};

export const contactMessages = {
  streetAddressLabel: 'Gatuadress',
  postalCodeLabel: 'Postnummer',
  postalCodeHint: 'Fem siffror, till exempel 471 31.',
  cityLabel: 'Ort',
  emailLabel: 'E-postadress',
  phoneLabel: 'Mobiltelefon (valfritt)',
  phoneHint: 'För sms om dina reservationer.',
  'streetAddress.required': 'Skriv din gatuadress',
  'streetAddress.too_long': 'Gatuadressen får vara högst 200 tecken',
  'postalCode.required': 'Skriv ditt postnummer',
  'postalCode.postal_code_format': 'Postnumret ska vara fem siffror, till exempel 471 31',
  'postalCode.too_long': 'Postnumret ska vara fem siffror, till exempel 471 31',
  'city.required': 'Skriv din ort',
  'city.too_long': 'Orten får vara högst 100 tecken',
  'email.required': 'Skriv din e-postadress',
  'email.email_format': 'Skriv e-postadressen i rätt format, till exempel namn@exempel.se',
  'email.too_long': 'E-postadressen får vara högst 254 tecken',
  'phone.phone_format': 'Skriv mobilnumret med siffror, till exempel 070-123 45 67',
};
