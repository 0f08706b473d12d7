/**
 * Card dimensions, shared by the renderer and the `og:image:width/height` tags: 1200×630 is the size Open Graph
 * and X/Twitter large previews ask for (1.91:1).
 */
export const cardSize = { width: 1200, height: 630 } as const;
