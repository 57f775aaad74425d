package org.tiptracker.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.tiptracker.account.SignInAccounts;
import org.tiptracker.security.CurrentActor;
import org.tiptracker.security.LoginThrottle;
import org.tiptracker.security.SecurityConfigurationAccess;
import org.tiptracker.treaty.persistence.TreatyRegistry;
import org.tiptracker.web.assets.Assets;
import org.tiptracker.web.assets.AssetsInViews;

/**
 * What a web-layer slice test (@WebMvcTest of some controllers) needs besides them: the
 * application's security rules and its shared web parts, with the services behind them as
 * stand-ins and a fixed clock. A slice checks the web's own behaviour without a database; paths
 * that matter end to end are also tested on PostgreSQL.
 */
@Import({WebSliceParts.class, SecurityConfigurationAccess.class, EditFlow.class, DomainMessages.class, DisplayFormat.class,
        Assets.class, AssetsInViews.class})
public abstract class WebSlice {

    @MockitoBean
    protected TreatyRegistry registry;

    @MockitoBean
    protected SignInAccounts accounts;

    @MockitoBean
    protected LoginThrottle throttle;

    @MockitoBean
    protected CurrentActor currentActor;

    @BeforeEach
    void noWaitsAndNoParticipants() {
        when(throttle.wait(any(), any())).thenReturn(Duration.ZERO);
        when(registry.snapshot()).thenReturn(new TreatyRegistry.Snapshot(1, List.of(), Map.of(), Map.of(), Map.of(),
                List.of(), null));
    }
}
