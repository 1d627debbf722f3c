/** The notesheet: yellow (draft) and green (confirmed, immutable) notes with paragraph numbers through the file. */
package org.daftar.eoffice.note;
