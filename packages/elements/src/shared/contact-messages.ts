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
  sv: {
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
  },
  en: {
    streetAddressLabel: 'Street address',
    postalCodeLabel: 'Postcode',
    postalCodeHint: 'Five digits, for example 471 31.',
    cityLabel: 'Town or city',
    emailLabel: 'Email address',
    phoneLabel: 'Mobile phone (optional)',
    phoneHint: 'For text messages about your reservations.',
    'streetAddress.required': 'Enter your street address',
    'streetAddress.too_long': 'Your street address must be 200 characters or fewer',
    'postalCode.required': 'Enter your postcode',
    'postalCode.postal_code_format': 'Your postcode must be five digits, for example 471 31',
    'postalCode.too_long': 'Your postcode must be five digits, for example 471 31',
    'city.required': 'Enter your town or city',
    'city.too_long': 'Your town or city must be 100 characters or fewer',
    'email.required': 'Enter your email address',
    'email.email_format': 'Enter an email address in the correct format, like name@example.com',
    'email.too_long': 'Your email address must be 254 characters or fewer',
    'phone.phone_format': 'Enter your mobile number in digits, for example 070-123 45 67',
  },
};
