/** Drafts for approval (DFA): versioned drafts, approval by a senior desk, issue into the dispatch register. */
package org.daftar.eoffice.draft;
