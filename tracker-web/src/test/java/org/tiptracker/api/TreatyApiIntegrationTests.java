package org.tiptracker.api;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** The read-only JSON API, on the real reference data. */
@SpringBootTest
@AutoConfigureMockMvc
class TreatyApiIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Test
    void participantsInUnArabicOrder() throws Exception {
        mvc.perform(get("/api/participants"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(198)))
                // ignoring the article: اتحاد أوروبي, اتحاد روسي, then أثيوبيا / أذربيجان ...
                .andExpect(jsonPath("$[0].iso3").value("EUU"))
                .andExpect(jsonPath("$[1].iso3").value("RUS"))
                .andExpect(jsonPath("$[1].nameAr").value("الاتحاد الروسي"))
                .andExpect(jsonPath("$[1].nameEn").value("Russian Federation"))
                .andExpect(jsonPath("$[1].m49").value("643"))
                .andExpect(jsonPath("$[1].region").value("Europe"));
    }

    @Test
    void statusAsOfADate() throws Exception {
        mvc.perform(get("/api/treaties/TIP/status").param("asOf", "2016-05-30"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.treaty").value("TIP"))
                .andExpect(jsonPath("$.asOf").value("2016-05-30"))
                .andExpect(jsonPath("$.parties").value(169))
                .andExpect(jsonPath("$.participants", hasSize(198)))
                .andExpect(jsonPath("$.participants[?(@.iso3 == 'AFG')].kind").value("accession"))
                .andExpect(jsonPath("$.participants[?(@.iso3 == 'AFG')].marker").value("a"))
                .andExpect(jsonPath("$.participants[?(@.iso3 == 'AFG')].instrumentDate").value("2014-08-15"))
                .andExpect(jsonPath("$.participants[?(@.iso3 == 'AFG')].entryIntoForce").value("2014-09-14"));
        mvc.perform(get("/api/treaties/untoc/status").param("asOf", "2016-05-30"))
                .andExpect(jsonPath("$.parties").value(186));
    }

    @Test
    void changesInChronologicalOrder() throws Exception {
        mvc.perform(get("/api/treaties/UNTOC/changes").param("from", "2013-12-18").param("to", "2016-05-30"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.partiesAtEnd").value(186))
                .andExpect(jsonPath("$.becameParties", hasSize(7)))
                .andExpect(jsonPath("$.becameParties[0].iso3").value("SLE"))
                .andExpect(jsonPath("$.becameParties[0].date").value("2014-08-12"))
                .andExpect(jsonPath("$.becameParties[6].iso3").value("KOR"));
    }

    @Test
    void badInputIsA400WithAMessage() throws Exception {
        mvc.perform(get("/api/treaties/XYZ/status"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("input.treaty.unknown"))
                .andExpect(jsonPath("$.message", containsString("XYZ")));
        mvc.perform(get("/api/treaties/TIP/status").param("asOf", "2016-13-01").param("lang", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message", containsString("not a valid date")));
        mvc.perform(get("/api/treaties/TIP/changes").param("from", "2016-05-30").param("to", "2013-12-18"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("input.period.reversed"));
        mvc.perform(get("/api/treaties/TIP/changes"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("Exception"))));
    }

    @Test
    void theApiIsDocumented() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/participants']").exists())
                .andExpect(jsonPath("$.paths['/api/treaties/{code}/status']").exists())
                .andExpect(jsonPath("$.paths['/api/treaties/{code}/changes']").exists());
    }
}
