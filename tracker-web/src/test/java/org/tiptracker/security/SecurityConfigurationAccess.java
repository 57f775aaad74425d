package org.tiptracker.security;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;

/** The application's security rules, for web-layer slice tests in other packages. */
@TestConfiguration
@Import(SecurityConfiguration.class)
public class SecurityConfigurationAccess {
}
