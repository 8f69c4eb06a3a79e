package dev.authyspring.onetouch.web;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/**
 * The OneTouch callback endpoint of a servlet application, served by Tomcat.
 */
@SpringBootTest(classes = AbstractOneTouchCallbackEndpointTests.TestApplication.class,
		webEnvironment = WebEnvironment.RANDOM_PORT, properties = { AbstractOneTouchCallbackEndpointTests.PROPERTIES,
				AbstractOneTouchCallbackEndpointTests.URL_PROPERTY })
class ServletOneTouchCallbackEndpointTests extends AbstractOneTouchCallbackEndpointTests {

}
