/**
 * The report's composers, one per chapter (and per section of chapter III), used by
 * {@link org.tiptracker.report.ReportComposer} through {@link org.tiptracker.report.compose.Chapter},
 * which adds each chapter's heading (chapter III adds its sections'). Each composes from the
 * {@link org.tiptracker.report.ReportFacts} its blocks in order, in UN Arabic (the mandate's
 * digits, Latin runs isolated by {@link org.tiptracker.report.compose.Bidi}) and English.
 *
 * <p>Block keys, stable across regenerations and unique in a report:
 * <ul>
 *   <li>{@code summary};</li>
 *   <li>{@code <chapter>.heading} for chapters I–IX, {@code III.A.heading}, {@code III.B.heading},
 *       {@code III.C.heading};</li>
 *   <li>I: {@code I.mandate}, {@code I.basis}; II: {@code II.parties}, {@code II.criminalization};</li>
 *   <li>III.A: {@code III.A.responders}; per Global Plan heading n (1–5) {@code III.A.n.heading},
 *       {@code III.A.n.<TYPE_CODE>}, {@code III.A.n.recommendations}, {@code III.A.n.none} (no
 *       measures), {@code III.A.n.narrative};</li>
 *   <li>III.B: {@code III.B.opening}, {@code III.B.<AGENCY>.heading} (acronym, other characters as
 *       {@code _}), {@code III.B.activity.<id>}; III.C: {@code III.C.narrative};</li>
 *   <li>IV: {@code IV.members}, {@code IV.chairs}, {@code IV.workingGroup}, {@code IV.papers},
 *       {@code IV.narrative}; V: {@code V.edition}, {@code V.findings}, {@code V.narrative};</li>
 *   <li>VI: {@code VI.fund}, {@code VI.board}, {@code VI.narrative}; VII: {@code VII.themes},
 *       {@code VII.blueHeart}, {@code VII.narrative}; VIII: {@code VIII.mandates},
 *       {@code VIII.resources};</li>
 *   <li>IX: {@code IX.intro}, {@code IX.rec.<id>} (sub-paragraphs), {@code IX.narrative}.</li>
 * </ul>
 * A block whose records are missing becomes a place for narrative under the same key.
 */
package org.tiptracker.report.compose;
