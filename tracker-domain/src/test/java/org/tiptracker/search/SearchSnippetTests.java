package org.tiptracker.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchSnippetTests {

    /** Seed 001, para. 3 (the opening of the sentence). */
    private static final String SEED = "وفي تلك الفترة، أصبحت الدول التالية أطرافاً في البروتوكول: "
            + "الاتفاقية والبروتوكول المتعلق بمنع وقمع ومعاقبة الاتجار بالأشخاص، وبخاصة النساء والأطفال";

    @Test
    void marksWordsHoweverTheirArticleHamzaAndPrefixesAreWritten() {
        SearchSnippet snippet = SearchSnippet.of(SEED, "الاطفال اتجار", 40);
        assertThat(snippet.html()).contains("<mark>الاتجار</mark>").contains("<mark>والأطفال</mark>")
                .doesNotContain("<mark>بالأشخاص</mark>");
        assertThat(SearchSnippet.of(SEED, "اشخاص", 40).html()).contains("<mark>بالأشخاص،</mark>");
    }

    @Test
    void marksEnglishWordsThatShareTheirStem() {
        String text = "Guidance on recruiting workers without charging them any fee.";
        assertThat(SearchSnippet.of(text, "recruitment fees", 20).html())
                .contains("<mark>recruiting</mark>").contains("<mark>fee.</mark>").doesNotContain("<mark>workers");
    }

    @Test
    void cutsAroundTheFirstMatchAndSaysSo() {
        String text = "a ".repeat(50) + "trafficking " + "b ".repeat(50);
        SearchSnippet snippet = SearchSnippet.of(text, "trafficking", 12);
        assertThat(snippet.cutBefore()).isTrue();
        assertThat(snippet.cutAfter()).isTrue();
        assertThat(snippet.plain()).startsWith("… ").endsWith(" …").contains("trafficking");
        assertThat(snippet.plain().split(" ")).hasSize(12 + 2);
    }

    @Test
    void escapesTheTextAndKeepsTheOpeningWhenNothingMatches() {
        SearchSnippet snippet = SearchSnippet.of("<script>x</script> فقرة", "غير موجود", 10);
        assertThat(snippet.html()).isEqualTo("&lt;script&gt;x&lt;/script&gt; فقرة").doesNotContain("<mark>");
        assertThat(SearchSnippet.of(null, "x", 10).isEmpty()).isTrue();
    }
}
