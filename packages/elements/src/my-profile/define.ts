import { MyProfile } from './my-profile.js';

export { MyProfile };
export { BivProfileUpdatedEvent, type ProfileField } from './events.js';

MyProfile.define('biv-my-profile');

declare global {
  interface HTMLElementTagNameMap {
    'biv-my-profile': MyProfile;
  }
}
