package org.recordpath.intake.web;

import java.time.Duration;
import org.recordpath.extraction.read.ReaderSettings;
import org.recordpath.extraction.render.PageImages;
import org.recordpath.extraction.render.RenderSettings;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Page images for the review screen: the reader's settings (so provenance boxes and the pixel limit match the
 * pipeline's) and the render settings {@code recordpath.pages.dpi}, {@code recordpath.pages.render-budget-megapixels}
 * and {@code recordpath.pages.render-wait}.
 */
@Configuration(proxyBeanMethods = false)
class PageImageConfiguration {
    @Bean
    PageImages pageImages(
            @Value("${recordpath.pages.dpi:120}") int dpi,
            @Value("${recordpath.pages.render-budget-megapixels:50}") int budget,
            @Value("${recordpath.pages.render-wait:2s}") Duration wait) {
        return new PageImages(ReaderSettings.defaults(), new RenderSettings(dpi, budget, wait));
    }
}
