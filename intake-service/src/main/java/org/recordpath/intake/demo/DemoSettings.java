package org.recordpath.intake.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** @param enabled create the demo accounts at startup (never allowed with the prod profile) */
@ConfigurationProperties("recordpath.demo")
record DemoSettings(@DefaultValue("false") boolean enabled) {}
