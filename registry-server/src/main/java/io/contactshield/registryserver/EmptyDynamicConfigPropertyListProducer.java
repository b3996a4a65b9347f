package io.contactshield.registryserver;

import io.apicurio.common.apps.config.DynamicConfigPropertyList;
import java.util.List;
import javax.enterprise.inject.Produces;
import javax.inject.Singleton;

/**
 * Stands in for Apicurio's {@code apicurio-common-app-components-config-index} Quarkus extension,
 * whose deployment module is not on Maven Central. That extension indexes the properties that may
 * be changed at run time through the admin API; with an empty list none can be, which an
 * integration-test registry does not need.
 */
public class EmptyDynamicConfigPropertyListProducer {

  @Produces
  @Singleton
  DynamicConfigPropertyList dynamicConfigPropertyList() {
    return new DynamicConfigPropertyList(List.of());
  }
}
