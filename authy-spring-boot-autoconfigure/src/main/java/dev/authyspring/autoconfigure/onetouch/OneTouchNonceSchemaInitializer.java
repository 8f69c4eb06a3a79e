package dev.authyspring.autoconfigure.onetouch;

import java.util.List;
import javax.sql.DataSource;

import org.springframework.boot.jdbc.DatabaseDriver;
import org.springframework.boot.jdbc.init.DataSourceScriptDatabaseInitializer;
import org.springframework.boot.jdbc.init.PlatformPlaceholderDatabaseDriverResolver;
import org.springframework.boot.sql.init.DatabaseInitializationMode;
import org.springframework.boot.sql.init.DatabaseInitializationSettings;

/**
 * Creates the {@code authy_onetouch_nonce} table of the JDBC nonce store with the script
 * for the database's platform, as {@code authy.onetouch.callback.jdbc.initialize-schema}
 * says, in the way Spring Session's JDBC store creates its tables.
 */
public class OneTouchNonceSchemaInitializer extends DataSourceScriptDatabaseInitializer {

	/**
	 * Where the scripts are; {@code @@platform@@} is {@code postgresql}, {@code mysql} or
	 * {@code h2}.
	 */
	public static final String SCHEMA_LOCATION = "classpath:dev/authyspring/onetouch/schema-@@platform@@.sql";

	/**
	 * Creates the initializer.
	 * @param dataSource the application's data source
	 * @param mode when to create the table
	 */
	public OneTouchNonceSchemaInitializer(DataSource dataSource, OneTouchCallbackProperties.SchemaInitialization mode) {
		super(dataSource, settings(dataSource, mode));
	}

	private static DatabaseInitializationSettings settings(DataSource dataSource,
			OneTouchCallbackProperties.SchemaInitialization mode) {
		DatabaseInitializationSettings settings = new DatabaseInitializationSettings();
		List<String> locations = new PlatformPlaceholderDatabaseDriverResolver()
			.withDriverPlatform(DatabaseDriver.MARIADB, "mysql")
			.resolveAll(dataSource, SCHEMA_LOCATION);
		settings.setSchemaLocations(locations);
		settings.setMode(switch (mode) {
			case EMBEDDED -> DatabaseInitializationMode.EMBEDDED;
			case ALWAYS -> DatabaseInitializationMode.ALWAYS;
			case NEVER -> DatabaseInitializationMode.NEVER;
		});
		return settings;
	}

}
