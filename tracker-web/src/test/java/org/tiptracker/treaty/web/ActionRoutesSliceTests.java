package org.tiptracker.treaty.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.tiptracker.common.ConflictException;
import org.tiptracker.common.DomainException;
import org.tiptracker.treaty.persistence.ActionCommand;
import org.tiptracker.treaty.persistence.ActionRecord;
import org.tiptracker.treaty.persistence.TreatyActionService;
import org.tiptracker.web.WebSlice;

/**
 * The treaty-action routes as the web layer alone answers them, with the application's security
 * rules and no database: who may open and send the form, what binding refuses before any service
 * is called, where a rule's refusal is shown, the redirect after a save and the 409 of a stale one.
 * The service is a stand-in here; the same paths end to end, on PostgreSQL, are
 * ActionManagementIntegrationTests'.
 */
@WebMvcTest(controllers = ActionController.class)
class ActionRoutesSliceTests extends WebSlice {

    static final RequestPostProcessor SECRETARIAT = user("secretariat").roles("SECRETARIAT");
    static final RequestPostProcessor ANALYST = user("analyst").roles("ANALYST");

    @Autowired
    MockMvc mvc;

    @MockitoBean
    TreatyActionService actions;

    private static Map<String, String> accession() {
        return Map.of("iso3", "VAT", "treaty", "FIREARMS", "kind", "ACCESSION", "date", "2015-03-04", "reason", "slice");
    }

    private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder send(String path,
                                                                                            Map<String, String> fields) {
        var request = post(path).with(csrf());
        fields.forEach(request::param);
        return request;
    }

    private Document page(org.springframework.test.web.servlet.MvcResult result) throws Exception {
        return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    @Test
    void onlyTheSecretariatOpensOrSendsTheForm() throws Exception {
        mvc.perform(get("/actions/new")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/actions/new").with(ANALYST)).andExpect(status().isForbidden());
        mvc.perform(send("/actions", accession()).with(ANALYST)).andExpect(status().isForbidden());
        mvc.perform(post("/actions").with(SECRETARIAT).param("iso3", "VAT")).andExpect(status().isForbidden()); // no CSRF token
        verify(actions, never()).add(any(), anyString(), any());
    }

    @Test
    void aSavedActionLeadsToItsParticipant() throws Exception {
        when(actions.add(any(ActionCommand.class), eq("secretariat"), any())).thenReturn(new ActionRecord(9, 0, "VAT",
                "FIREARMS", "ACCESSION", LocalDate.of(2015, 3, 4), null, null));
        var result = mvc.perform(send("/actions", accession()).with(SECRETARIAT)).andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).as(page(result).select(".invalid-feedback, .alert").text())
                .isEqualTo("/participants/VAT");
    }

    @Test
    void whatBindingRefusesNeverReachesTheServiceAndARuleGoesToItsField() throws Exception {
        Map<String, String> noKind = new java.util.HashMap<>(accession());
        noKind.put("kind", "");
        Document missing = page(mvc.perform(send("/actions", noKind).with(SECRETARIAT)).andReturn());
        assertThat(missing.select("select[name=kind].is-invalid")).hasSize(1);
        verify(actions, never()).add(any(), anyString(), any());

        when(actions.add(any(ActionCommand.class), anyString(), any()))
                .thenThrow(new DomainException("treaty.rule.future-date", LocalDate.of(2030, 1, 1)));
        Document refused = page(mvc.perform(send("/actions", accession()).with(SECRETARIAT)).andExpect(status().isOk())
                .andReturn());
        assertThat(refused.select("[name=date].is-invalid")).hasSize(1);
        assertThat(refused.select("#form-errors")).hasSize(1);
    }

    @Test
    void aStaleSaveAnswers409WithTheRecordAsItIsNowAndTheEntryKept() throws Exception {
        when(actions.update(eq(9L), eq(3L), any(ActionCommand.class), anyString()))
                .thenThrow(new ConflictException("action.conflict.changed", "VAT FIREARMS ACCESSION 2015-03-05"));
        when(actions.find(9)).thenReturn(new ActionRecord(9, 4, "VAT", "FIREARMS", "ACCESSION", LocalDate.of(2015, 3, 5),
                null, null));
        Map<String, String> stale = new java.util.HashMap<>(accession());
        stale.put("version", "3");
        Document conflict = page(mvc.perform(send("/actions/9", stale).with(SECRETARIAT)).andExpect(status().isConflict())
                .andReturn());
        assertThat(conflict.select("#conflict pre").text()).contains("2015-03-05");
        // The entry is kept, shown in the date field's form (day/month/year, the page's digits).
        assertThat(conflict.select("[name=date]").val()).isEqualTo("٠٤/٠٣/٢٠١٥");
        assertThat(conflict.select("[name=version]").val()).isEqualTo("4");
        Map<String, String> noVersion = accession();
        mvc.perform(send("/actions/9", noVersion).with(SECRETARIAT)).andExpect(status().isOk());
        verify(actions, never()).update(anyLong(), eq(0L), any(), anyString());
    }
}
