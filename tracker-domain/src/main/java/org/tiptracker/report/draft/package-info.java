/**
 * The rules of a stored report draft: what a regeneration does to paragraphs people have edited
 * ({@link org.tiptracker.report.draft.Regeneration}), what a valid mandate and a valid paragraph are
 * ({@link org.tiptracker.report.draft.DraftRules}) and how two texts differ word by word
 * ({@link org.tiptracker.report.draft.TextDiff}).
 */
package org.tiptracker.report.draft;
