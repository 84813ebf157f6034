"""Reading and writing files: input workbooks, sjablonen, project files."""
