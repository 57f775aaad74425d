package org.tiptracker;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.tiptracker.export.XmlFactories;

/** The tip-tracker web application. */
@SpringBootApplication
public class TrackerApplication {

    public static void main(String[] args) {
        XmlFactories.useTheJdks();
        SpringApplication.run(TrackerApplication.class, args);
    }
}
