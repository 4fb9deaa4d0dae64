# Sourced by the bench scripts (from the project folder): compiles the main and test code and sets $cp to a class
# path holding both and every dependency (test scope).
mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
cp="target/classes:target/test-classes:$(cat target/bench-classpath.txt)"
