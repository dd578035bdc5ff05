import { invalid } from '@chat/common';

export const DISPLAY_NAME_MAX = 64;
const AVATAR_URL_MAX = 2048;
/** Control characters (C0, DEL, C1) and the bidi overrides a name could use to disguise itself. */
const UNSHOWABLE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

/** 1..64 code points after trimming, counted as a person sees them; nothing unprintable. */
export function checkDisplayName(raw: string): string {
  const name = raw.trim();
  const length = [...name].length;
  if (length < 1 || length > DISPLAY_NAME_MAX) throw invalid(`displayName must be 1 to ${DISPLAY_NAME_MAX} characters long`);
  if (UNSHOWABLE.test(name)) throw invalid('displayName must not contain control characters');
  return name;
}

/**
 * An https URL for now (an uploaded file's URL once uploads exist); '' removes
 * the avatar. Only https: a client shows it to everyone who sees the profile,
 * and a javascript: or http: URL there would be theirs to fetch or run.
 */
export function checkAvatarUrl(raw: string): string {
  if (raw === '') return '';
  if (raw.length > AVATAR_URL_MAX) throw invalid(`avatarUrl must be at most ${AVATAR_URL_MAX} characters long`);
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw invalid('avatarUrl must be an https URL');
  }
  if (url.protocol !== 'https:' || url.hostname === '' || url.username !== '' || url.password !== '' || !raw.startsWith('https://')) {
    throw invalid('avatarUrl must be an https URL without credentials');
  }
  return raw;
}
