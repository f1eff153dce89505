import { useState } from 'react';
import { initials } from './names';
import { safeImageURL } from './safe-url';

export interface AvatarProps {
  /** The person's display name; the avatar is decorative because the name is shown beside it. */
  name: string;
  /** http(s) or raster data:image URL; anything else shows initials. */
  src?: string;
  /** @default 'md' */
  size?: 'sm' | 'md';
}

/** An image avatar that falls back to initials when the URL is missing, unsafe or broken. */
export function Avatar({ name, src, size = 'md' }: AvatarProps) {
  const url = safeImageURL(src);
  // Remember which URL failed, so a new URL gets a fresh try without an effect.
  const [failed, setFailed] = useState<string | undefined>(undefined);
  const showImage = url !== undefined && failed !== url;
  return (
    <span className="rrr-avatar" data-size={size} aria-hidden="true">
      {showImage ? (
        <img src={url} alt="" loading="lazy" decoding="async" onError={() => setFailed(url)} />
      ) : (
        <span className="rrr-avatar-initials">{initials(name)}</span>
      )}
    </span>
  );
}
